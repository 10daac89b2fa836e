export { enUS } from '../localization/en-us.js';
