/** A mistake in the gate policy file: the configuration files' one error shape. */
export { configError as policyError } from '../config/config-error.js';
