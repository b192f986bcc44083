export { PickerOption } from './PickerOption';
