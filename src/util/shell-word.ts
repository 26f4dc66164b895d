/** A path as typed in a shell: quoted when it holds anything but letters, digits and `_./-`. */
export function shellWord(path: string): string {
  return /^[\p{L}\p{N}_./-]+$/u.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}
