import { useParams } from 'react-router';
import { useCall } from '../api/use-call';

/** The petition of `/print/<kind>/:petitionId` (masked by main for a tố cáo) and the print settings. */
export function usePetitionDocument() {
  const { petitionId } = useParams();
  const id = Number(petitionId);
  const isValidId = Number.isInteger(id) && id > 0;
  const petition = useCall('petitions:get', isValidId ? { id } : null);
  const settings = useCall('settings:print', {});
  const error = isValidId ? (petition.error ?? settings.error) : 'Đường dẫn thiếu số đơn.';
  return { petitionId: isValidId ? id : null, petition: petition.data, settings: settings.data, error };
}
