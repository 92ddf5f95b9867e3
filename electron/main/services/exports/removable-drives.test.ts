import type si from 'systeminformation';
import { describe, expect, it } from 'vitest';
import { listRemovableDrives } from './removable-drives';

type Device = si.Systeminformation.BlockDevicesData;
type FsSize = si.Systeminformation.FsSizeData;

function device(fields: Partial<Device>): Device {
  return {
    name: 'sdb1',
    identifier: 'sdb1',
    type: 'part',
    fsType: 'vfat',
    mount: '',
    size: 8_000_000_000,
    physical: 'Disk',
    uuid: '',
    label: '',
    model: '',
    serial: '',
    removable: false,
    protocol: '',
    group: '',
    device: '/dev/sdb',
    ...fields,
  };
}

describe('removable drives (systeminformation)', () => {
  it('lists mounted removable or USB partitions with their free space; not the system disk or unmounted sticks', async () => {
    const devices = [
      device({ name: 'sda1', mount: '/', removable: false, protocol: 'sata', fsType: 'ext4' }),
      device({ name: 'sdb1', mount: '/media/can-bo/KINGSTON', label: 'KINGSTON', removable: true }),
      device({
        name: 'sdc1',
        mount: '/media/can-bo/9C33-6BBD',
        protocol: 'usb',
        model: 'SanDisk',
        fsType: 'exfat',
      }),
      device({ name: 'sdd1', mount: '', removable: true }),
    ];
    const sizes = [{ mount: '/media/can-bo/KINGSTON', available: 3_500_000_000 } as FsSize];
    const drives = await listRemovableDrives({
      blockDevices: () => Promise.resolve(devices),
      fsSize: () => Promise.resolve(sizes),
    });
    expect(drives).toEqual([
      {
        mount: '/media/can-bo/KINGSTON',
        label: 'KINGSTON',
        fsType: 'vfat',
        sizeBytes: 8e9,
        freeBytes: 3.5e9,
      },
      {
        mount: '/media/can-bo/9C33-6BBD',
        label: 'SanDisk',
        fsType: 'exfat',
        sizeBytes: 8e9,
        freeBytes: null,
      },
    ]);
  });

  it('still lists drives when the free-space probe fails', async () => {
    const drives = await listRemovableDrives({
      blockDevices: () => Promise.resolve([device({ mount: 'E:', label: 'USB', removable: true })]),
      fsSize: () => Promise.reject(new Error('no df')),
    });
    expect(drives.map((drive) => [drive.mount, drive.freeBytes])).toEqual([['E:', null]]);
  });

  it('the real probe answers on this machine (a list, possibly empty)', async () => {
    expect(Array.isArray(await listRemovableDrives())).toBe(true);
  });
});
