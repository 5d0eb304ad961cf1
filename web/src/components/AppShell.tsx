import { Outlet } from 'react-router';
import { useMe } from '../api/queries';
import { Header } from './Header';
import { ServiceNav } from './ServiceNav';
import { SkipLink } from './SkipLink';

/** Skip link, header, navigation and <main> around every page. */
export function AppShell() {
  const me = useMe();
  const signedIn = me.data?.data.stage === 'signed_in';
  return (
    <>
      <SkipLink />
      <Header me={me.data?.data} />
      {signedIn && me.data ? <ServiceNav allowedActions={me.data.allowedActions} /> : null}
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className="govuk-footer haven-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s haven-footer__text">
            Haven keeps safeguarding records. Only look at what you need for your role: every view
            is recorded.
          </p>
        </div>
      </footer>
    </>
  );
}
