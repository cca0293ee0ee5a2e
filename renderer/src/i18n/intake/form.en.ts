// The intake page's views and the form around its sections: the customer's signature and the
// submit button (the sections are unit, customer, report and warranty).
export const viewsEn = {
  new: 'New intake',
  tickets: 'Tickets',
};

export const signatureEn = {
  title: 'Customer signature',
  hint: 'The customer signs to acknowledge the receipt and the accessories listed.',
  clear: 'Clear',
  required: 'The customer signs the receipt at the counter',
  optional: 'Not at the counter: the receipt is sent without a signature',
};

export const submitEn = {
  submit: 'Register and print',
  submitting: 'Registering…',
};
