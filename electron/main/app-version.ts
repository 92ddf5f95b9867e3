import packageJson from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = packageJson.version;
export const PRODUCT_NAME: string = packageJson.productName;
