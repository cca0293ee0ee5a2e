import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { PartDetail } from '../../../../../main/stock/partHandlers';
import type { Input } from '../../../bridge';
import { fromMinorUnits, toMinorUnits } from '../../../format/money';

// The part form's values, its checks before sending, and how it becomes `parts/create` or
// the changed fields of `parts/update`. Pure, so the rules read (and are tested) without a screen.

/** NumberInput gives '' for an empty field. */
type Num = number | string;

export type PartFormValues = {
  partNo: string;
  nameEn: string;
  nameZh: string;
  category: string;
  unit: string;
  bin: string;
  /** In currency units here; integer minor units in the core. */
  unitCost: Num;
  safetyStock: Num;
  maxStock: Num;
  critical: boolean;
  quotaPerLine: Num;
  quotaPerTicket: Num;
  active: boolean;
  /** Policy 5.1: who the part is bought from; at most one preferred (it drives reordering). */
  suppliers: SupplierValues[];
};

export type SupplierValues = {
  supplier: string;
  supplierPartNo: string;
  leadTimeDays: Num;
  preferred: boolean;
};

export const NEW_SUPPLIER: SupplierValues = {
  supplier: '',
  supplierPartNo: '',
  leadTimeDays: '',
  preferred: false,
};

export const NEW_PART: PartFormValues = {
  partNo: '',
  nameEn: '',
  nameZh: '',
  category: '',
  unit: 'pcs',
  bin: '',
  unitCost: '',
  safetyStock: 0,
  maxStock: '',
  critical: false,
  quotaPerLine: '',
  quotaPerTicket: '',
  active: true,
  suppliers: [],
};

export function valuesOf(part: PartDetail, currency: string): PartFormValues {
  return {
    partNo: part.partNo,
    nameEn: part.nameEn,
    nameZh: part.nameZh,
    category: part.category,
    unit: part.unit,
    bin: part.bin ?? '',
    unitCost: fromMinorUnits(part.unitCost, currency),
    safetyStock: part.safetyStock,
    maxStock: part.maxStock,
    critical: part.critical,
    quotaPerLine: part.quotaPerLine ?? '',
    quotaPerTicket: part.quotaPerTicket ?? '',
    active: part.active,
    suppliers: part.suppliers.map((s) => ({
      supplier: s.supplier,
      supplierPartNo: s.supplierPartNo ?? '',
      leadTimeDays: s.leadTimeDays,
      preferred: s.preferred,
    })),
  };
}

const filled = (n: Num) => n !== '' && Number.isFinite(Number(n));
const PART_NO = /^[A-Z0-9][A-Z0-9\-/._]*$/;

/**
 * The rules across fields, shown live beside the fields they concern (they may change when
 * another field does): policy 5.2 a maximum no lower than the safety stock; policy 5.3 a
 * critical part has quotas per line and per ticket.
 */
export function partRules(v: PartFormValues, t: TFunction): FormErrors {
  const errors: FormErrors = {};
  if (filled(v.safetyStock) && filled(v.maxStock) && Number(v.maxStock) < Number(v.safetyStock)) {
    errors.maxStock = t('stockroom.parts.form.rules.maxBelowSafety');
  }
  if (v.critical && !filled(v.quotaPerLine)) {
    errors.quotaPerLine = t('stockroom.parts.form.rules.quotaNeeded');
  }
  if (v.critical && !filled(v.quotaPerTicket)) {
    errors.quotaPerTicket = t('stockroom.parts.form.rules.quotaNeeded');
  }
  return errors;
}

/** What each field needs on its own, checked when the form is sent. */
export function checkPartFields(
  v: PartFormValues,
  mode: 'create' | 'edit',
  t: TFunction,
): FormErrors {
  const errors: FormErrors = {};
  const required = t('validation.required');
  if (mode === 'create') {
    const partNo = v.partNo.trim().toUpperCase();
    if (!partNo) errors.partNo = required;
    else if (!PART_NO.test(partNo) || partNo.length > 40) {
      errors.partNo = t('stockroom.parts.form.rules.partNo');
    }
  }
  for (const key of ['nameEn', 'nameZh', 'category', 'unit'] as const) {
    if (!v[key].trim()) errors[key] = required;
  }
  for (const key of ['unitCost', 'safetyStock', 'maxStock'] as const) {
    if (!filled(v[key])) errors[key] = required;
  }
  const names = new Set<string>();
  v.suppliers.forEach((s, i) => {
    const name = s.supplier.trim().toLowerCase();
    if (!name) errors[`suppliers.${i}.supplier`] = required;
    else if (names.has(name)) {
      errors[`suppliers.${i}.supplier`] = t('stockroom.parts.form.rules.supplierTwice');
    }
    names.add(name);
    if (!filled(s.leadTimeDays)) errors[`suppliers.${i}.leadTimeDays`] = required;
  });
  return errors;
}

const quota = (n: Num) => (filled(n) ? Number(n) : null);

export function toCreateInput(v: PartFormValues, currency: string): Input<'parts/create'> {
  return {
    partNo: v.partNo.trim().toUpperCase(),
    nameEn: v.nameEn,
    nameZh: v.nameZh,
    category: v.category,
    unit: v.unit,
    bin: v.bin.trim() || null,
    unitCost: toMinorUnits(Number(v.unitCost), currency),
    safetyStock: Number(v.safetyStock),
    maxStock: Number(v.maxStock),
    critical: v.critical,
    quotaPerLine: quota(v.quotaPerLine),
    quotaPerTicket: quota(v.quotaPerTicket),
    suppliers: v.suppliers.map((s) => ({
      supplier: s.supplier,
      supplierPartNo: s.supplierPartNo.trim() || null,
      leadTimeDays: Number(s.leadTimeDays),
      preferred: s.preferred,
    })),
  };
}

/** Only what the keeper changed, with the version they saw (the core refuses a stale one). */
export function toUpdateInput(
  part: PartDetail,
  v: PartFormValues,
  currency: string,
): Input<'parts/update'> | null {
  const next = toCreateInput(v, currency);
  const patch: Partial<Input<'parts/update'>> = {};
  if (next.nameEn.trim() !== part.nameEn) patch.nameEn = next.nameEn;
  if (next.nameZh.trim() !== part.nameZh) patch.nameZh = next.nameZh;
  if (next.category.trim() !== part.category) patch.category = next.category;
  if (next.unit?.trim() !== part.unit) patch.unit = next.unit;
  if ((next.bin ?? null) !== part.bin) patch.bin = next.bin ?? null;
  if (next.unitCost !== part.unitCost) patch.unitCost = next.unitCost;
  if (next.safetyStock !== part.safetyStock) patch.safetyStock = next.safetyStock;
  if (next.maxStock !== part.maxStock) patch.maxStock = next.maxStock;
  if (next.critical !== part.critical) patch.critical = next.critical;
  if (next.quotaPerLine !== part.quotaPerLine) patch.quotaPerLine = next.quotaPerLine;
  if (next.quotaPerTicket !== part.quotaPerTicket) patch.quotaPerTicket = next.quotaPerTicket;
  if (v.active !== part.active) patch.active = v.active;
  // The core replaces the whole supplier set, so it is sent only when it changed.
  const sameSuppliers =
    JSON.stringify(next.suppliers?.map((s) => ({ ...s, supplier: s.supplier.trim() }))) ===
    JSON.stringify(part.suppliers);
  if (!sameSuppliers) patch.suppliers = next.suppliers;
  if (Object.keys(patch).length === 0) return null;
  return { id: part.id, version: part.version, ...patch };
}
