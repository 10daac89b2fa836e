import { SignUp } from '@authflow-ui/react';
import { useNavigate } from 'react-router';

export function SignUpPage() {
  const navigate = useNavigate();
  return (
    <div className="auth-page">
      <SignUp signInHref="/sign-in" redirectTo="/notes?welcome=1" navigate={(path) => navigate(path)} />
    </div>
  );
}
