import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitRecord } from '../../../../../main/intake/unitRepo';
import { invoke } from '../../../bridge';
import { showErrorOnForm } from '../../../errors/formErrors';
import type { ScanEnter } from '../useScannerInput';
import type { DraftUnit } from '../IntakeDraft/intakeDraft';
import { normaliseSerial, type IntakeValues, type UnitState } from './intakeModel';

const BLANK_UNIT: IntakeValues['newUnit'] = {
  modelId: null,
  invoiceDate: null,
  invoiceNo: '',
  seller: '',
};

/**
 * The serial's lookup (units/lookup): Enter or a scan asks the core; a registered unit fills
 * the model, the invoice and the owner, a new serial asks for them. Editing the serial after
 * a lookup forgets its answer, so a ticket never goes out for a unit the clerk moved away from.
 */
export function useUnitLookup(
  form: UseFormReturnType<IntakeValues>,
  on: { known: (record: UnitRecord) => void; unknown: () => void },
) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<UnitState>({ kind: 'idle' });
  const asked = useRef('');

  const serial = normaliseSerial(form.values.serial);
  const { setFieldValue } = form;
  useEffect(() => {
    if (unit.kind === 'idle' || unit.serial === serial) return;
    if (unit.kind === 'known') setFieldValue('newUnit', BLANK_UNIT);
    setUnit({ kind: 'idle' });
  }, [serial, unit, setFieldValue]);

  function choose(
    record: UnitRecord,
    base: { serial: string; scanned: boolean; matches: UnitRecord[] },
  ) {
    setUnit({ kind: 'known', ...base, record });
    form.setFieldValue('newUnit', {
      modelId: String(record.model.id),
      invoiceDate: record.unit.invoiceDate,
      invoiceNo: record.unit.invoiceNo ?? '',
      seller: record.unit.seller ?? '',
    });
    form.setFieldValue('emergency', record.model.emergency);
    on.known(record);
  }

  async function lookup({ scanned }: ScanEnter): Promise<void> {
    const wanted = normaliseSerial(form.getValues().serial);
    if (!wanted) {
      form.setFieldError('serial', t('validation.required'));
      return;
    }
    form.setFieldValue('serial', wanted);
    form.clearFieldError('serial');
    asked.current = wanted;
    setUnit({ kind: 'loading', serial: wanted });
    try {
      const { matches } = await invoke('units/lookup', { serial: wanted });
      // Another serial was scanned or typed meanwhile: this answer is for nobody.
      if (asked.current !== wanted || normaliseSerial(form.getValues().serial) !== wanted) return;
      const base = { serial: wanted, scanned, matches };
      if (matches.length === 1) choose(matches[0], base);
      else if (matches.length > 1) setUnit({ kind: 'choose', ...base });
      else {
        form.setFieldValue('newUnit', BLANK_UNIT);
        setUnit({ kind: 'new', ...base });
        on.unknown();
      }
    } catch (error) {
      if (asked.current !== wanted) return;
      setUnit({ kind: 'idle' });
      showErrorOnForm(form, error, { mapField: () => 'serial' });
    }
  }

  return {
    unit,
    lookup,
    chooseUnit: (record: UnitRecord) => {
      if (unit.kind === 'idle' || unit.kind === 'loading') return;
      choose(record, { serial: unit.serial, scanned: unit.scanned, matches: unit.matches });
    },
    registerNew: () => {
      if (unit.kind === 'idle' || unit.kind === 'loading') return;
      form.setFieldValue('newUnit', BLANK_UNIT);
      setUnit({ kind: 'new', serial: unit.serial, scanned: unit.scanned, matches: unit.matches });
      on.unknown();
    },
    reset: () => {
      asked.current = '';
      setUnit({ kind: 'idle' });
    },
    /**
     * A kept draft's serial asked again and settled as the clerk left it (the registered unit,
     * or a new one), keeping the values the draft put back on the form. When the answer no
     * longer fits (the unit is gone, or the serial is now registered), the clerk chooses again.
     */
    restore: async (kept: NonNullable<DraftUnit>): Promise<void> => {
      const wanted = normaliseSerial(form.getValues().serial);
      if (!wanted) return;
      asked.current = wanted;
      setUnit({ kind: 'loading', serial: wanted });
      try {
        const { matches } = await invoke('units/lookup', { serial: wanted });
        if (asked.current !== wanted || normaliseSerial(form.getValues().serial) !== wanted) return;
        const base = { serial: wanted, scanned: false, matches };
        const record =
          kept.kind === 'known' ? matches.find((m) => m.unit.id === kept.unitId) : undefined;
        if (record) setUnit({ kind: 'known', ...base, record });
        else if (kept.kind === 'new' && matches.length === 0) setUnit({ kind: 'new', ...base });
        else if (matches.length > 0) setUnit({ kind: 'choose', ...base });
        else setUnit({ kind: 'idle' });
      } catch {
        if (asked.current === wanted) setUnit({ kind: 'idle' });
      }
    },
  };
}
