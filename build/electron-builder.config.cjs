// electron-builder configuration for `npm run dist` (see README, "Building the desktop app offline").
// CommonJS because electron-builder loads its config with require().

/** A local Electron (an unpacked dist folder) instead of a download, when ELECTRON_OVERRIDE_DIST_PATH is set. */
const electronDist = process.env.ELECTRON_OVERRIDE_DIST_PATH || undefined;

/** @type {import('app-builder-lib').Configuration} */
const config = {
  appId: 'com.journeystudio.app',
  productName: 'Journey Studio',
  copyright: 'Copyright © Journey Studio contributors',
  // package.json's "main" is for tooling; the packaged app starts the ESM main that `npm run build` writes.
  extraMetadata: { main: 'dist/electron/main.mjs' },
  directories: { output: 'release', buildResources: 'build' },
  // Production dependencies from node_modules are added by electron-builder itself.
  files: ['dist/electron/**/*', 'dist/renderer/**/*', 'package.json', '!**/*.map'],
  // Worker threads cannot load scripts from inside an asar archive.
  asarUnpack: ['dist/electron/**/worker*.js', 'dist/electron/**/worker*.mjs'],
  // No native modules: skipping the rebuild avoids a download of Node headers.
  npmRebuild: false,
  ...(electronDist ? { electronDist } : {}),
  fileAssociations: [
    {
      ext: 'journeys.zip',
      name: 'Journey Studio bundle',
      description: 'Journey Studio bundle',
      mimeType: 'application/x-journey-studio-bundle',
      role: 'Editor',
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'build/icons',
    executableName: 'journey-studio',
    synopsis: 'Offline journey designer and simulator',
    description:
      'Design, validate and simulate customer and account journeys offline; exchange them as bundles.',
    maintainer: 'Journey Studio <journey-studio@users.noreply.github.com>',
    vendor: 'Journey Studio',
  },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  deb: { artifactName: '${name}_${version}_${arch}.${ext}' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    icon: 'build/icon.png',
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
  win: {
    target: ['nsis'],
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  publish: null,
};

module.exports = config;
