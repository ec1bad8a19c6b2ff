package nl.migstat.files.hadoop;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;

/** A Hadoop file status as basic file attributes: a file or a folder, its size and time. */
record HadoopAttributes(FileStatus status) implements BasicFileAttributes {
  @Override
  public FileTime lastModifiedTime() {
    return FileTime.fromMillis(status.getModificationTime());
  }

  @Override
  public FileTime lastAccessTime() {
    return FileTime.fromMillis(status.getAccessTime());
  }

  @Override
  public FileTime creationTime() {
    return lastModifiedTime();
  }

  @Override
  public boolean isRegularFile() {
    return status.isFile();
  }

  @Override
  public boolean isDirectory() {
    return status.isDirectory();
  }

  @Override
  public boolean isSymbolicLink() {
    return false;
  }

  @Override
  public boolean isOther() {
    return false;
  }

  @Override
  public long size() {
    return status.getLen();
  }

  @Override
  public Object fileKey() {
    return null;
  }

  Map<String, Object> asMap() {
    return Map.of(
        "lastModifiedTime", lastModifiedTime(),
        "lastAccessTime", lastAccessTime(),
        "creationTime", creationTime(),
        "size", size(),
        "isRegularFile", isRegularFile(),
        "isDirectory", isDirectory(),
        "isSymbolicLink", false,
        "isOther", false);
  }
}
