"""Media people send and receive: fetched from Twilio off the request path, stored under a content hash,
served through signed links (see docs/media.md)."""
