// The intake form's customer: find by phone or name, or enter a new one.
export const customerEn = {
  title: 'Customer',
  search: 'Find by phone or name',
  searchHint: 'Phone: 3 digits or more, typed any way. Name: its first characters.',
  noMatch: 'No customer found.',
  new: 'New customer',
  findInstead: 'Find an existing customer',
  change: 'Change',
  owner: 'Owner on record',
  kind: 'Customer type',
  kinds: {
    person: 'Person',
    company: 'Company',
  },
  name: 'Name',
  companyName: 'Company name',
  phone: 'Phone',
  addPhone: 'Add phone',
  email: 'E-mail',
  address: 'Address',
  contactRule: 'At least one phone number or an e-mail address (for the follow-up call)',
  choose: 'Choose the customer',
};
