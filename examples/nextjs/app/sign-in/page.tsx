import { SignInCard } from './sign-in-card';

export default function SignInPage() {
  return <SignInCard />;
}
