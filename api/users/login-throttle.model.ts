import { Schema, model } from 'mongoose';

/**
 * Failed-login counter per username, kept in the database so that several API instances
 * share it (DESIGN.md §5). FerretDB 1.x has no TTL indexes, so windows expire by date
 * comparison instead of by deletion.
 */
export interface LoginThrottleDoc {
  username: string;
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

const schema = new Schema<LoginThrottleDoc>(
  {
    username: { type: String, required: true },
    failures: { type: Number, required: true, default: 0 },
    windowStartedAt: { type: Date, required: true },
    lockedUntil: { type: Date, default: null },
  },
  { collection: 'loginThrottle', versionKey: false },
);
schema.index({ username: 1 }, { unique: true });

export const LoginThrottle = model<LoginThrottleDoc>('LoginThrottle', schema);
