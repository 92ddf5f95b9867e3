import si from 'systeminformation';

/** A mounted removable drive the officer can pick; `mount` is where main writes, never a renderer path. */
export interface RemovableDrive {
  mount: string;
  label: string;
  fsType: string;
  sizeBytes: number;
  freeBytes: number | null;
}

export interface DriveProbe {
  blockDevices: () => Promise<si.Systeminformation.BlockDevicesData[]>;
  fsSize: () => Promise<si.Systeminformation.FsSizeData[]>;
}

const systemProbe: DriveProbe = { blockDevices: () => si.blockDevices(), fsSize: () => si.fsSize() };

function isRemovable(device: si.Systeminformation.BlockDevicesData): boolean {
  return device.mount !== '' && (device.removable || device.protocol?.toLowerCase() === 'usb');
}

/** Mounted USB sticks and other removable drives, with free space where the OS reports it. */
export async function listRemovableDrives(probe: DriveProbe = systemProbe): Promise<RemovableDrive[]> {
  const [devices, sizes] = await Promise.all([probe.blockDevices(), probe.fsSize().catch(() => [])]);
  return devices.filter(isRemovable).map((device) => {
    const size = sizes.find((entry) => entry.mount === device.mount);
    return {
      mount: device.mount,
      label: device.label || device.model || device.name,
      fsType: device.fsType,
      sizeBytes: device.size,
      freeBytes: size ? size.available : null,
    };
  });
}
