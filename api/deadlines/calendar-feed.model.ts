/**
 * Calendar feeds (GET /calendar/<secret>.ics): one per user at most. The secret itself is never
 * stored: it is an HMAC, under the server's key, of the user and a random nonce kept here, so the
 * owner's console can show the URL again (`me.calendarFeedUrl`) while the database alone reveals
 * nothing usable; requests are looked up by the secret's SHA-256 hash.
 */
import { Schema, model, type Types } from 'mongoose';

export interface CalendarFeedDoc {
  _id: Types.ObjectId;
  userId: Types.ObjectId;
  /** Random, base64url: with the server's key it makes the secret. */
  nonce: string;
  /** SHA-256 (hex) of the secret. */
  secretHash: string;
  createdAt: Date;
}

const schema = new Schema<CalendarFeedDoc>(
  {
    userId: { type: Schema.Types.ObjectId, required: true },
    nonce: { type: String, required: true },
    secretHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'calendarFeeds', versionKey: false },
);
schema.index({ userId: 1 }, { unique: true });
schema.index({ secretHash: 1 }, { unique: true });

export const CalendarFeed = model<CalendarFeedDoc>('CalendarFeed', schema);
