import type { Role } from '../../../../main/contract/roles';
import type { PartDetail } from '../../../../main/stock/partHandlers';
import type { Part } from '../../../../main/stock/partRepo';
import { useDepotSettings } from '../../stores/depotSettings';
import { coreError } from '../../test/bridgeMock';
import { usePartDrawer } from './PartDetail/partDrawer';
import { signInStaff } from '../../test/sessionStatus';

// Parts and staff for the stockroom's component tests.

export function part(n: number, extra: Partial<Part> = {}): Part {
  return {
    id: n,
    partNo: `PMP-${String(n).padStart(5, '0')}`,
    nameEn: `Drain pump ${n}`,
    nameZh: `排水泵 ${n}`,
    category: 'PUMP',
    unit: 'pcs',
    bin: 'A-01',
    unitCost: 125_000,
    safetyStock: 2,
    maxStock: 20,
    critical: false,
    quotaPerLine: null,
    quotaPerTicket: null,
    active: true,
    version: 1,
    onHand: 5,
    avgCost: 120_050,
    belowSafety: false,
    preferredSupplier: 'Acme Parts',
    leadTimeDays: 7,
    ...extra,
  };
}

export function partDetail(n: number, extra: Partial<PartDetail> = {}): PartDetail {
  return {
    ...part(n),
    suppliers: [
      { supplier: 'Acme Parts', supplierPartNo: 'AC-77', leadTimeDays: 7, preferred: true },
      { supplier: 'Bolt Co', supplierPartNo: null, leadTimeDays: 14, preferred: false },
    ],
    sellPrice: null,
    ...extra,
  };
}

/** Signs a member of staff with these roles in, in the depot's currency TWD. */
export function signInAs(...roles: Role[]): void {
  signInStaff({ id: 7, username: 'staff', displayName: 'Mei Chen', roles });
  useDepotSettings.setState({ settings: null });
  usePartDrawer.setState({ partId: null });
}

/** A `parts/byNumber` reply from a catalogue: the exact number or the core's NOT_FOUND. */
export function byNumberIn(catalogue: readonly Part[]) {
  return ({ partNo }: { partNo: string }): PartDetail => {
    const found = catalogue.find((p) => p.partNo === partNo.trim().toUpperCase());
    if (!found) throw coreError('NOT_FOUND', `partNo: No part numbered ${partNo}`);
    return { ...found, suppliers: [], sellPrice: null };
  };
}
