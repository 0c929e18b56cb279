"""The bridge to SP4N-LAPOR!, the national complaint system: every complaint counted there, whatever the channel.

- `manual`: export what admins type into LAPOR's form, record the tracking IDs they get back (manual mode);
- `reports`: import LAPOR's admin exports, and apply pulled statuses (both modes);
- `gateway`: the interface to LAPOR, with a manual and a JSON-over-HTTP implementation;
- `sync`: HTTP mode's queue (submit on disposition, push follow-ups, pull statuses);
- `tables`: CSV/XLSX reading, flexible column names, dates; `privacy`: what may leave the region.
"""
