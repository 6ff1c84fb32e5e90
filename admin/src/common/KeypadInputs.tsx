/**
 * Inputs that open the right keyboard on a phone: a phone number the phone keypad, a count the
 * digit keypad, a measured value the keypad with a decimal separator, an e-mail address the
 * keyboard with "@". Each is react-admin's own input with the HTML attributes that pick the
 * keyboard (type, inputMode, autoComplete); everything else is passed through.
 */
import { NumberInput, TextInput, minValue, type NumberInputProps, type TextInputProps, type Validator } from 'react-admin';

type Validate = TextInputProps['validate'];

/** The caller's validators and ours, in one list as react-admin takes them. */
const withValidators = (validate: Validate, ...ours: Validator[]): Validator[] => [...(Array.isArray(validate) ? validate : validate ? [validate] : []), ...ours];

/** MUI's slot props with these attributes on the <input> itself (the caller's own win). */
const withHtmlInput = (slotProps: TextInputProps['slotProps'], attributes: Record<string, string>) => ({
  ...slotProps,
  htmlInput: { ...attributes, ...(slotProps as { htmlInput?: object } | undefined)?.htmlInput },
});

// The models' message says it already ("Nhập một số nguyên"); it belongs in app.validation once that exists.
const WHOLE_NUMBER_MESSAGE = 'resources.models.validation.whole_number';

/** A whole number (a count of households, people, meetings): no fraction. */
export const wholeNumber: Validator = (value: unknown) => (value === null || value === undefined || value === '' || Number.isInteger(Number(value)) ? undefined : WHOLE_NUMBER_MESSAGE);

/** A telephone number: the phone keypad (digits, +, space); stored as typed. */
export const PhoneInput = ({ slotProps, ...props }: TextInputProps) => (
  <TextInput type="tel" {...props} slotProps={withHtmlInput(slotProps, { inputMode: 'tel', autoComplete: 'tel' })} />
);

/** An e-mail address: the keyboard with "@" and ".", and the browser's own format check. */
export const EmailInput = ({ slotProps, ...props }: TextInputProps) => (
  <TextInput type="email" {...props} slotProps={withHtmlInput(slotProps, { inputMode: 'email', autoComplete: 'email' })} />
);

/** A count (0, 1, 2…): the digit keypad, refused below 0 or with a fraction. */
export const CountInput = ({ slotProps, validate, ...props }: NumberInputProps) => (
  <NumberInput
    min={0}
    step={1}
    {...props}
    validate={withValidators(validate, minValue(0), wholeNumber)}
    slotProps={withHtmlInput(slotProps, { inputMode: 'numeric', pattern: '[0-9]*' })}
  />
);

/** A measured value (a figure, a goal, a share): the keypad with a decimal separator. */
export const DecimalInput = ({ slotProps, ...props }: NumberInputProps) => (
  <NumberInput {...props} slotProps={withHtmlInput(slotProps, { inputMode: 'decimal' })} />
);
