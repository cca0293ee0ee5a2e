// The renderer's data layer (issue 11, item 3): typed queries and mutations per channel, kept
// fresh by the core's change events. Screens use these instead of useEffect + reload keys.
export { DataProvider, createQueryClient, useLiveSource } from './DataProvider';
export { touches, type EntityRef } from './entities';
export { coreLiveSource, createLiveHub, type LiveSource } from './liveSource';
export { coreKey, useCoreMutation, useCorePages, useCoreQuery } from './useCoreQuery';
export { useChangedWhileEditing } from './useChangedWhileEditing';
export { useStaleOnFocus } from './useStaleOnFocus';
