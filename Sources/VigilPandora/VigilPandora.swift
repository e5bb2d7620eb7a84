// preliminary
enum VigilPandoraModule {}
