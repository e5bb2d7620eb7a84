// preliminary
public enum VigilStoreModule {}
