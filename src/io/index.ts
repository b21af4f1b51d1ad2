// Import and export: pure planning here (tested in node); DOM reading/downloading in browser.ts.
export { planImport, type ImportPlan } from './import';
export { exportZip, manifestsOfZip, repoFiles, ZIP_NAME, YAML_NAME } from './zip';
export { repoLayout, KUSTOMIZATION, type RepoFile, type ExportDocument } from './layout';
