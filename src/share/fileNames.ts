/**
 * The stem every downloaded file's name starts with: the project's id, made safe for every
 * system the file may land on. An id is `[a-z0-9][a-z0-9-]*` already; Windows also refuses a
 * file whose name, before its first dot, is a device (`con`, `nul`, `aux`, `prn`, `com1`…`com9`,
 * `lpt1`…`lpt9`), so `con.json` from a zip does not extract there, and a long id makes paths
 * longer than some tools take. The stem is cut to 64 characters and a device name gets
 * `-project` after it.
 */
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
export const MAX_STEM = 64;

export function fileStem(id: string): string {
  const cut = id.length > MAX_STEM ? id.slice(0, MAX_STEM).replace(/-+$/, '') : id;
  const stem = cut === '' ? 'project' : cut;
  return DEVICE.test(stem) ? `${stem}-project` : stem;
}
