import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/admin/sign-in-form';

export default async function SignInPage() {
  const t = await getTranslations('admin');
  return (
    <main className="admin-page narrow">
      <h1>{t('signInTitle')}</h1>
      <SignInForm />
    </main>
  );
}
