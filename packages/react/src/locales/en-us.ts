export { enUS } from '@authflow-ui/ui';
