/**
 * Photos of 数字城管 cases: grid managers' photos at 上报 and 核查, departments' after-photos at 处置. {@link
 * cn.onemap.workflow.attach.PhotoIntake} checks an upload (size, declared type against the magic
 * bytes, dimensions from the header before any decoding), reads its EXIF position and time as a
 * cross-check of the reported position, and re-encodes it as a metadata-free JPEG with the EXIF
 * orientation applied, plus a thumbnail; {@link cn.onemap.workflow.attach.AttachmentStore} keeps
 * the results per case on a directory shared by the portal nodes, written atomically, never
 * deleted, with a resent upload (same SHA-256) answered by the existing attachment.
 */
package cn.onemap.workflow.attach;
