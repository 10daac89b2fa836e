import Link from 'next/link';

export default function HomePage() {
  return (
    <>
      <h1>AuthFlow UI with Next.js</h1>
      <p>
        <Link href="/sign-in">Sign in</Link> or <Link href="/sign-up">create an account</Link>, then open{' '}
        <Link href="/account">your account</Link>: it is rendered on the server, and only for you.
      </p>
    </>
  );
}
