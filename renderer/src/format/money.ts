// Staff type and read currency units; the conversion to the stored minor units is the core's
// own rule (main/rules/money.ts), run here at the form's edge.
export { fromMinorUnits, minorDigits, toMinorUnits } from '../../../main/rules/money';
