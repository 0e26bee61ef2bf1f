export { configFileError as policyError } from '../config/config-error.js';
