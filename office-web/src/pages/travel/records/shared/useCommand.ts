import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { App } from 'antd';

/**
 * One act on a record: on success the records it changed are read again and the user is told it is done.
 * Problems stay on the mutation for the form or page to show.
 */
export function useCommand<R, T = unknown>(act: (request: R) => Promise<T>, options: { invalidate: QueryKey[]; done: string; then?: (result: T) => void }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return useMutation<T, unknown, R>({
    mutationFn: act,
    onSuccess: async (result) => {
      await Promise.all(options.invalidate.map((queryKey) => client.invalidateQueries({ queryKey })));
      void message.success(options.done);
      options.then?.(result);
    },
  });
}

/** The `If-Match` of a record read from a service: its version, as the service's ETag spells it. */
export function versionTag(version: number): string {
  return `"${version}"`;
}
