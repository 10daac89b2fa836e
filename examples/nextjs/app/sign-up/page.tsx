import { SignUpCard } from './sign-up-card';

export default function SignUpPage() {
  return <SignUpCard />;
}
