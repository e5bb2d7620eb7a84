// preliminary
public enum VigilNN {}
