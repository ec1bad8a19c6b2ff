/**
 * Files on disk, below every other package but the model: folders published with atomic renames,
 * and the SHA-256 digests that fetch records, run fingerprints and manifests share.
 */
package nl.migstat.files;
