package ai.mentara.app;

import com.getcapacitor.BridgeActivity;

public class MainActivity extends BridgeActivity {}
