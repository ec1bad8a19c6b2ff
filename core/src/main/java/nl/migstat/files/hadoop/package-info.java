/**
 * Hadoop's file systems ({@code hdfs://}, {@code s3a://}, …) behind {@link java.nio.file.Path}, so
 * the readers, the store and publishing use one file API whether a run's files are local or on a
 * cluster's storage; credentials and endpoints come from Hadoop's own configuration.
 */
package nl.migstat.files.hadoop;
