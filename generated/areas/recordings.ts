// generated from spec/ and overlays/ — do not edit
// Regenerate with `npm run generate`.
import type { OperationCaller } from '../caller.js';
import type * as T from '../operation-types.js';

/** The `recordings` area: 10 operation(s) in `client.recordings`. */
export function createRecordingsArea<O>(caller: OperationCaller<O>) {
  return {
    recordings: {
      /**
       * Create a share link to a call review
       *
       * Makes a link to the review page of a call (its recording, transcript and AI moments), open to the whole company or to anyone with the link. Anyone it reaches can then see and hear what was said. Pass the call's id.
       *
       * - Access: write (area `recordings`)
       * - Scope: none
       * - Rate limit: 250 per 60 s per company; 500 per 120 s per company
       * - Effect: Creates a link to a call's review page (recording and transcript) for the company or for anyone with the link.
       * @see https://developers.dialpad.com/reference/call_review_share_linkcreate
       */
      createReviewLink(
        body: T.RecordingsCreateReviewLinkBody,
        options?: O,
      ): Promise<T.RecordingsCreateReviewLinkResult> {
        return caller.call('recordings.createReviewLink', { body }, options);
      },
      /**
       * Create a share link to a recording
       *
       * Makes a link through which a call recording, an admin recording or a voicemail can be played or downloaded, visible to the people the privacy setting allows (the recording's owner, admins, the whole company, or anyone with the link). Anyone the link reaches can then hear what was said. Pass the recording's id and type.
       *
       * - Access: write (area `recordings`)
       * - Scope: none
       * - Rate limit: 100 per 60 s per company
       * - Effect: Creates a link through which a call recording or voicemail can be played or downloaded by whoever its privacy allows.
       * @see https://developers.dialpad.com/reference/recording_share_linkcreate
       */
      createShareLink(body: T.RecordingsCreateShareLinkBody, options?: O): Promise<T.RecordingsCreateShareLinkResult> {
        return caller.call('recordings.createShareLink', { body }, options);
      },
      /**
       * Delete a call review share link
       *
       * Removes a call review share link for good: its address stops working for everyone who has it. The call and its recording are kept. The answer is the link as it was.
       *
       * - Access: write (area `recordings`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a call review share link; its address stops working for everyone. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/call_review_share_linkdelete
       */
      deleteReviewLink(
        id: T.RecordingsDeleteReviewLinkPath['id'],
        options?: O,
      ): Promise<T.RecordingsDeleteReviewLinkResult> {
        return caller.call('recordings.deleteReviewLink', { path: { id } }, options);
      },
      /**
       * Delete a recording share link
       *
       * Removes a recording share link for good: its address stops working for everyone who has it. The recording itself is kept. The answer is the link as it was.
       *
       * - Access: write (area `recordings`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: Deletes a recording share link; its address stops working for everyone. Cannot be undone. [irreversible]
       * @see https://developers.dialpad.com/reference/recording_share_linkdelete
       */
      deleteShareLink(
        id: T.RecordingsDeleteShareLinkPath['id'],
        options?: O,
      ): Promise<T.RecordingsDeleteShareLinkResult> {
        return caller.call('recordings.deleteShareLink', { path: { id } }, options);
      },
      /**
       * Get a call review share link
       *
       * Reads one call review share link: its address, the call it points to and who may open it. Read-only: the link is not changed.
       *
       * - Access: read (area `recordings`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one call review share link.
       * @see https://developers.dialpad.com/reference/call_review_share_linkget
       */
      getReviewLink(id: T.RecordingsGetReviewLinkPath['id'], options?: O): Promise<T.RecordingsGetReviewLinkResult> {
        return caller.call('recordings.getReviewLink', { path: { id } }, options);
      },
      /**
       * Get a recording share link
       *
       * Reads one recording share link: its address, what it points to, who made it and who may open it. Read-only: the link is not changed.
       *
       * - Access: read (area `recordings`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads one recording share link.
       * @see https://developers.dialpad.com/reference/recording_share_linkget
       */
      getShareLink(id: T.RecordingsGetShareLinkPath['id'], options?: O): Promise<T.RecordingsGetShareLinkResult> {
        return caller.call('recordings.getShareLink', { path: { id } }, options);
      },
      /**
       * Get the transcript of a call
       *
       * Reads what Dialpad's AI transcribed on a call, line by line with the speaker and the time, together with the moments it detected (for example a price question). Read-only: nothing changes.
       *
       * - Access: read (area `recordings`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the AI transcript and moments of a call.
       * @see https://developers.dialpad.com/reference/transcriptsget
       */
      getTranscript(
        call_id: T.RecordingsGetTranscriptPath['call_id'],
        options?: O,
      ): Promise<T.RecordingsGetTranscriptResult> {
        return caller.call('recordings.getTranscript', { path: { call_id } }, options);
      },
      /**
       * Get the address of a call's transcript
       *
       * Reads the address of the page in Dialpad where a call's transcript can be viewed (by someone allowed to see it). Read-only: nothing changes.
       *
       * - Access: read (area `recordings`)
       * - Scope: none
       * - Rate limit: company ceiling only
       * - Effect: None: reads the address of a call's transcript page.
       * @see https://developers.dialpad.com/reference/transcriptsget_url
       */
      getTranscriptUrl(
        call_id: T.RecordingsGetTranscriptUrlPath['call_id'],
        options?: O,
      ): Promise<T.RecordingsGetTranscriptUrlResult> {
        return caller.call('recordings.getTranscriptUrl', { path: { call_id } }, options);
      },
      /**
       * Change who can open a call review share link
       *
       * Changes the privacy of a call review share link between the whole company and anyone with the link. Making it public lets people outside the company see the call review.
       *
       * - Access: write (area `recordings`)
       * - Scope: none
       * - Rate limit: 250 per 60 s per company; 500 per 120 s per company
       * - Effect: Changes who can open a call review share link; making it public opens it to people outside the company.
       * @see https://developers.dialpad.com/reference/call_review_share_linkupdate
       */
      updateReviewLink(
        id: T.RecordingsUpdateReviewLinkPath['id'],
        body: T.RecordingsUpdateReviewLinkBody,
        options?: O,
      ): Promise<T.RecordingsUpdateReviewLinkResult> {
        return caller.call('recordings.updateReviewLink', { path: { id }, body }, options);
      },
      /**
       * Change who can open a recording share link
       *
       * Changes the privacy of a recording share link: the recording's owner only, admins, the whole company, or anyone with the link. Widening it lets more people hear the recording; narrowing it cuts off those no longer allowed.
       *
       * - Access: write (area `recordings`)
       * - Scope: none
       * - Rate limit: 100 per 60 s per company
       * - Effect: Changes who can open a recording share link; widening it lets more people hear the recording.
       * @see https://developers.dialpad.com/reference/recording_share_linkupdate
       */
      updateShareLink(
        id: T.RecordingsUpdateShareLinkPath['id'],
        body: T.RecordingsUpdateShareLinkBody,
        options?: O,
      ): Promise<T.RecordingsUpdateShareLinkResult> {
        return caller.call('recordings.updateShareLink', { path: { id }, body }, options);
      },
    },
  };
}

export type RecordingsArea<O> = ReturnType<typeof createRecordingsArea<O>>;
