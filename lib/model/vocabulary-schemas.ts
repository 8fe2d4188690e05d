/**
 * zod enums of the concept vocabulary (./vocabulary.ts), for every trust boundary that reads a
 * kind back: stored reports, settings, imported history, `--terms` files. Kept apart from the
 * vocabulary itself so the scanner's bundle never pulls in zod.
 */
import { z } from 'zod';

import { feeWhens, lenderTypes, rateContexts, rateKinds, repaymentMethods } from './vocabulary';

export const rateKindSchema = z.enum(rateKinds);
export const rateContextSchema = z.enum(rateContexts);
export const lenderTypeSchema = z.enum(lenderTypes);
export const feeWhenSchema = z.enum(feeWhens);
export const repaymentMethodSchema = z.enum(repaymentMethods);
