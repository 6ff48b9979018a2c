import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventTimeline } from '../../../src/features/timeline/EventTimeline';
import { renderWithClient } from '../renderWithClient';

describe('EventTimeline', () => {
  it('shows the story’s six events, and the catalogue of both countries on request', async () => {
    renderWithClient(<EventTimeline />);
    const region = screen.getByRole('region', { name: 'The events of the story' });
    expect(await within(region).findAllByRole('listitem')).toHaveLength(6);
    await userEvent.click(within(region).getByRole('checkbox', { name: /wider catalogue of 14 events/ }));
    const dates = within(region)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('time')?.getAttribute('datetime'));
    expect(dates).toHaveLength(14);
    for (const date of [
      '2001-09-11',
      '2005-07-07',
      '2015-12-02',
      '2016-06-23',
      '2016-11-08',
      '2017-01-27',
      '2019-03-15',
      '2023-10-07',
    ]) {
      expect(dates).toContain(date);
    }
    expect(dates).toEqual([...dates].sort());
  });
});
