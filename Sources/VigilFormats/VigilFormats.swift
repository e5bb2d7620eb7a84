// preliminary
public enum VigilFormatsModule {}
