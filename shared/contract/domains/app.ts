import { z } from 'zod';
import { AppInfoSchema } from '../../model/workspace';
import { method } from '../spec';

/** App-level methods. */
export const appMethods = {
  'app.info': method(
    'Facts about the running app: version, host kind, whether a folder picker exists.',
    z.object({}),
    AppInfoSchema,
  ),
};
