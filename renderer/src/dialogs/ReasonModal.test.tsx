import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { coreError } from '../test/bridgeMock';
import { renderScreen } from '../test/render';
import { ReasonModal } from './ReasonModal';

function open(props: Partial<Parameters<typeof ReasonModal>[0]> = {}) {
  const onConfirm = vi.fn(async (_text: string) => undefined);
  const onClose = vi.fn();
  renderScreen(
    <ReasonModal
      opened
      title="Cancel ticket"
      body="The ticket stops here."
      label="Reason"
      confirm="Cancel ticket"
      onClose={onClose}
      onConfirm={onConfirm}
      {...props}
    />,
  );
  return { onConfirm: props.onConfirm ?? onConfirm, onClose };
}

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

describe('ReasonModal', () => {
  it('asks for the reason before sending it, trimmed, then closes', async () => {
    const { onConfirm, onClose } = open();
    expect(screen.getByText('The ticket stops here.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('reason-confirm'));
    expect(await screen.findByText('Required')).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();

    type('reason-input', '  customer withdrew  ');
    fireEvent.click(screen.getByTestId('reason-confirm'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onConfirm).toHaveBeenCalledWith('customer withdrew');
  });

  it('names the empty field in its own words and takes its own test ids', async () => {
    const { onConfirm } = open({
      requiredMessage: 'Say why it is rejected',
      testIds: { input: 'req-reject-note', confirm: 'req-reject-confirm' },
    });
    fireEvent.click(screen.getByTestId('req-reject-confirm'));
    expect(await screen.findByText('Say why it is rejected')).toBeTruthy();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByTestId('req-reject-note')).toBeTruthy();
  });

  it('sends an empty note when the note is optional', async () => {
    const { onConfirm, onClose } = open({ required: false });
    fireEvent.click(screen.getByTestId('reason-confirm'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(onConfirm).toHaveBeenCalledWith('');
  });

  it('confirms on Ctrl+Enter', async () => {
    const { onConfirm } = open();
    type('reason-input', 'wrong unit');
    fireEvent.keyDown(screen.getByTestId('reason-input'), { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onConfirm).toHaveBeenCalledWith('wrong unit'));
  });

  it("shows the core's complaint about the reason on the field and stays open", async () => {
    const onConfirm = vi.fn(async (_text: string) => {
      throw coreError('VALIDATION', 'reason: too long', {
        issues: [{ field: 'reason', message: 'At most 500 characters' }],
      });
    });
    const { onClose } = open({ onConfirm });
    type('reason-input', 'x');
    fireEvent.click(screen.getByTestId('reason-confirm'));
    expect(await screen.findByText('At most 500 characters')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    expect((screen.getByTestId('reason-input') as HTMLTextAreaElement).value).toBe('x');
  });
});
