import { useEffect, useState } from 'react';
import type { ProductModel } from '../../../../../main/intake/catalogueRepo';
import type { Station } from '../../../../../main/intake/stationHandlers';
import { invoke } from '../../../bridge';
import { notifyError } from '../../../errors/notifyError';

/** The product models and repair stations the intake form chooses from, read once. */
export function useIntakeCatalogue(): { models: ProductModel[]; stations: Station[] } {
  const [models, setModels] = useState<ProductModel[]>([]);
  const [stations, setStations] = useState<Station[]>([]);
  useEffect(() => {
    let current = true;
    invoke('catalogue/listModels', {})
      .then((m) => current && setModels(m))
      .catch(notifyError);
    invoke('stations/list', {})
      .then((s) => current && setStations(s))
      .catch(notifyError);
    return () => {
      current = false;
    };
  }, []);
  return { models, stations };
}
