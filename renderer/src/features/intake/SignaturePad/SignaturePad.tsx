import { Box, Button, Group, Input, Text } from '@mantine/core';
import { IconEraser, IconSignature } from '@tabler/icons-react';
import SignaturePadLib from 'signature_pad';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './SignaturePad.module.css';

export type SignaturePadHandle = {
  isEmpty: () => boolean;
  /** The strokes as a PNG data URL on transparency (the receipt prints it on white). */
  toDataUrl: () => string | null;
  clear: () => void;
};

/**
 * The customer's signature acknowledging the receipt (客戶簽名), drawn with a finger, stylus or
 * mouse. The canvas always looks like paper, in the dark theme too, because that is what the
 * customer signs; the saved image carries only the ink.
 */
export function SignaturePad({
  ref,
  onChange,
  error,
  description,
}: {
  ref?: Ref<SignaturePadHandle>;
  onChange: (signed: boolean) => void;
  error?: string;
  description?: string;
}) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLib | null>(null);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const canvas = canvasRef.current;
    // No 2D context (a test DOM): the pad stays empty, the form still works.
    if (!canvas || !canvas.getContext('2d')) return;
    const pad = new SignaturePadLib(canvas, {
      penColor: '#14215a',
      minWidth: 0.8,
      maxWidth: 2.6,
      backgroundColor: 'rgba(0,0,0,0)',
    });
    padRef.current = pad;
    const ended = () => onChangeRef.current(!pad.isEmpty());
    pad.addEventListener('endStroke', ended);

    // Sharp strokes on high-DPI screens: the canvas has as many pixels as the screen shows.
    // A resize clears a canvas, so the strokes are kept and drawn again.
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const width = Math.round(canvas.offsetWidth * ratio);
      const height = Math.round(canvas.offsetHeight * ratio);
      if (width === 0 || (canvas.width === width && canvas.height === height)) return;
      const strokes = pad.toData();
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.clear();
      pad.fromData(strokes);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', ended);
      pad.off();
      padRef.current = null;
    };
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      isEmpty: () => padRef.current?.isEmpty() ?? true,
      toDataUrl: () =>
        padRef.current && !padRef.current.isEmpty() ? padRef.current.toDataURL('image/png') : null,
      clear: () => {
        padRef.current?.clear();
        onChangeRef.current(false);
      },
    }),
    [],
  );

  return (
    <Input.Wrapper
      label={
        <Group gap={6} component="span">
          <IconSignature size={16} stroke={1.6} />
          {t('intake.signature.title')}
        </Group>
      }
      description={description ?? t('intake.signature.hint')}
      error={error}
    >
      <Box className={classes.frame} data-error={error ? true : undefined} mt={6}>
        <canvas
          ref={canvasRef}
          className={classes.canvas}
          data-testid="signature-pad"
          aria-label={t('intake.signature.title')}
        />
        <Text className={classes.baseline} size="xs" aria-hidden>
          ✕
        </Text>
        <Button
          className={classes.clear}
          size="compact-xs"
          variant="subtle"
          color="dark"
          leftSection={<IconEraser size={14} />}
          onClick={() => {
            padRef.current?.clear();
            onChangeRef.current(false);
          }}
          data-testid="signature-clear"
        >
          {t('intake.signature.clear')}
        </Button>
      </Box>
    </Input.Wrapper>
  );
}
