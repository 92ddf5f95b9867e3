import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { IntakePage } from '../features/intake/IntakePage';

/** The intake page inside a router (the suggestions link to case pages), with a keyboard-driving user. */
export function renderIntakePage() {
  render(
    <MemoryRouter>
      <IntakePage />
    </MemoryRouter>,
  );
  return userEvent.setup();
}
