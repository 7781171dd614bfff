// `image commit`: placeholder until the commit and export modules land.
export async function runCommit(..._args: unknown[]): Promise<number> {
  process.stderr.write('image: commit is not available yet\n');
  return 1;
}
