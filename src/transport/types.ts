/** A request as it goes on the wire: the URL is final and the body is bytes. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: Uint8Array;
}

/** A response as it came off the wire; header names are lower-case. */
export interface ReceivedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  durationMs: number;
}

export interface Transport {
  send(request: OutgoingRequest): Promise<ReceivedResponse>;
  close(): Promise<void>;
}
