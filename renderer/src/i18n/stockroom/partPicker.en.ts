// English strings of the shared part picker and the part's model fits. partPicker.zhTW.ts has
// the same keys.
export const partPickerEn = {
  fits: 'Fits this model',
  onHand: '{{onHand}} {{unit}} on hand',
  fitsHint:
    'Parts that fit this unit’s model. Type a number, a name or a model code to find others.',
  models: {
    title: 'Fits these models',
    none: 'No models recorded: pickers find this part by number and name only.',
    placeholder: 'Add a model by code or name',
    saved: 'Models saved',
  },
};
