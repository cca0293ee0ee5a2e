// English strings of the Prices settings tab (issue 10, item 1; policy 3.5).
// prices.zhTW.ts has the same keys.
export const pricesEn = {
  intro:
    'What customers are billed for repairs the warranty does not cover. Parts sell at their own selling price, or at average cost plus their category’s markup; labour at the most specific rate below (product type at a station, then product type, then station), otherwise at the depot rate of {{rate}} {{currency}} an hour. Tax is added once per bill.',
  tax: 'Tax rate (%)',
  inspectionFee: 'Inspection fee for a declined quote ({{currency}}, before tax)',
  markups: 'Markup per part category',
  category: 'Category',
  percent: 'Markup (%)',
  addMarkup: 'Add a markup',
  labourRates: 'Labour rates',
  labourRule: 'Give a product type, a station or both.',
  productType: 'Product type',
  station: 'Repair station',
  any: 'Any',
  rate: 'Per hour ({{currency}})',
  addRate: 'Add a labour rate',
  remove: 'Remove',
  save: 'Save prices',
  saved: 'Prices saved',
};
